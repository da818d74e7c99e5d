//! One integration-test binary (each file under tests/ would link the whole
//! program again). Modules by concern.

#[cfg(feature = "gui")]
mod a11y_tree;
mod amounts;
mod authoring;
mod callerid;
mod checks;
mod cli;
mod common;
mod glyphs;
#[cfg(feature = "gui")]
mod gui;
#[cfg(unix)]
mod hostile;
#[cfg(feature = "gui")]
mod kiosk;
mod loader_fuzz;
mod locale;
#[cfg(feature = "gui")]
mod locker_pointer;
mod measure;
mod playbook;
mod records;
mod records_config;
mod records_crash;
mod records_lrs;
mod records_org;
mod records_public;
mod records_report;
mod records_support;
#[cfg(feature = "gui")]
mod run_messages;
mod runner;
mod scoring;
#[cfg(feature = "gui")]
mod screenshots;
mod shipped;
#[cfg(unix)]
mod voices;
mod world_acts;
