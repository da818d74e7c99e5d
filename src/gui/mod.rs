//! The Bevy layer (feature `gui`): renders the engine's current state and
//! sends the trainee's choices back. It holds no scenario logic.

use std::process::ExitCode;

use crate::cli::Cli;

pub fn run(_cli: &Cli) -> ExitCode {
    use clap::CommandFactory;
    let _ = Cli::command().print_help();
    ExitCode::SUCCESS
}
