/** Importing equipment from a file through shared/import (issue 12; being written: helper H5). */
export {};
