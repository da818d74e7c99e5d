use std::process::ExitCode;

use clap::Parser;
use scamdrill::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(code) = cli::run(&cli) {
        return code;
    }
    #[cfg(feature = "gui")]
    {
        scamdrill::gui::run(&cli)
    }
    #[cfg(not(feature = "gui"))]
    {
        let _ = <Cli as clap::CommandFactory>::command().print_help();
        ExitCode::SUCCESS
    }
}
