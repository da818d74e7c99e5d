//! `scamdrill sync`: send every queued xAPI statement to the LRS once, now,
//! and print what happened. Exit 0 when nothing is left queued.

use std::path::Path;
use std::process::ExitCode;

use crate::records::{self, outbox};
use crate::startup::{data_dir, load_config};

pub fn run(config: Option<&Path>, data: Option<&Path>) -> ExitCode {
    let Some(config) = load_config(config) else {
        return ExitCode::FAILURE;
    };
    let Some(dir) = data_dir(data) else {
        return ExitCode::FAILURE;
    };
    let client = match records::lrs_client(&config) {
        Ok(Some(c)) => c,
        Ok(None) => {
            eprintln!(
                "error: the configuration has no `lrs` section: there is nowhere to send statements\n  hint: add lrs: Some((endpoint: ..., key: ..., secret_env: ..., account_home_page: ...)) (see config/scamdrill.example.ron)"
            );
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let (client, policy) = client;
    let (conn, pruned) = match records::open_store(&config.config, &dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if pruned.sessions > 0 {
        eprintln!(
            "retention: removed {} session(s) older than {} days",
            pruned.sessions, config.config.retention_days
        );
    }
    let pass = match records::deliver(&conn, &client, &policy, true, &|| false) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let counts = match outbox::counts(&conn) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "sync: sent {}, already in the LRS {}, rejected {}, failed {}; queued {}, delivered in total {}, rejected in total {}",
        pass.sent,
        pass.already_there,
        pass.rejected,
        pass.failed,
        counts.pending,
        counts.delivered,
        counts.rejected
    );
    if let Some(e) = &pass.error {
        eprintln!("last error: {e}");
    }
    if counts.pending == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
