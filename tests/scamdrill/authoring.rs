//! The worked example in docs/AUTHORING.md.
