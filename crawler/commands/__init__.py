"""Project commands (COMMANDS_MODULE): crawl (argument checks, lock, exit codes), flush, verify, report, schema."""
