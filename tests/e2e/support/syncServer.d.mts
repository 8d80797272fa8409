export declare const SYNC_PORT: number;
export declare const SYNC_URL: string;
