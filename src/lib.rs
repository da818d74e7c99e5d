//! ScamDrill's engine: scenario model, loading and checking, the run state
//! machine, scoring, localization and debriefs. Plain Rust, no Bevy: the GUI
//! (feature `gui`) and the CLI both drive this.

pub mod act;
pub mod checker;
pub mod config;
pub mod debrief;
pub mod diagnostic;
pub mod engine;
pub mod library;
pub mod locale;
pub mod measure;
pub mod model;
pub mod outcome;
pub mod pack;
pub mod paths;
pub mod play;
pub mod records;
pub mod ron_file;
pub mod runner;
pub mod scoring;
pub mod startup;
pub mod text;
pub mod variables;
pub mod view;

pub mod cli;
#[cfg(feature = "gui")]
pub mod gui;
