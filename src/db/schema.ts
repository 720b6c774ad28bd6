/** Table row types: plain data, shared by every dialect. Times are ISO-8601 UTC strings. */
export interface UsersTable {
  id: string;
  username: string | null;
  created_at: string;
}

export interface BookmarksTable {
  user_id: string;
  question_id: string;
  created_at: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  bookmarks: BookmarksTable;
}
