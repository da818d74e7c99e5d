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
        let g = &cli.gui;
        scamdrill::gui::run(&scamdrill::gui::Launch {
            scenarios: cli.scenarios.clone(),
            config: cli.config.clone(),
            data: cli.data.clone(),
            scenario: g.scenario.clone(),
            locale: g.locale.clone(),
            seed: g.seed,
            window: g.window.clone(),
            fullscreen: g.fullscreen,
            kiosk: g.kiosk,
            facilitator: g.facilitator,
            screenshot: g.screenshot.clone(),
            choices: g.choices.clone(),
        })
    }
    #[cfg(not(feature = "gui"))]
    {
        let _ = <Cli as clap::CommandFactory>::command().print_help();
        ExitCode::SUCCESS
    }
}
