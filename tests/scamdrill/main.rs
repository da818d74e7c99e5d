//! One integration-test binary (each file under tests/ would link the whole
//! program again). Modules by concern.

mod authoring;
mod checks;
mod cli;
mod common;
mod locale;
mod loader_fuzz;
mod runner;
mod scoring;
mod shipped;
