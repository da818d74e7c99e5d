//! One integration-test binary (each file under tests/ would link the whole
//! program again). Modules by concern.

mod common;
mod engine;
