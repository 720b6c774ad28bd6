/** Markdown that tries every usual way to run script; notes must render it inert. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![pic](javascript:alert(1))',
  '<a href="javascript:alert(1)">a</a>',
  '$\\href{javascript:alert(1)}{x}$',
  '<svg onload=alert(1)>',
  '<iframe src="https://example.com"></iframe>',
].join('\n\n');
