/** A subcommand of the author CLI. */
export interface Command {
  /** One line for the command list. */
  readonly summary: string;
  /** Full usage text for --help. */
  readonly usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
