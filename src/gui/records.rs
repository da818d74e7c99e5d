//! Keeping training records from the GUI: a session per trainee (or an
//! anonymous one in open sessions), a run per scenario with every event
//! committed as it happens, and the engine's outcome at the end. The runs
//! are told by [`RunMessage`]s from [`super::commands`]: nothing here
//! guesses a new run. Records never block play: a failure is logged and the
//! trainee goes on.

use std::sync::Arc;

use bevy::prelude::*;

use super::state::{Gui, Mode, RunMessage};
use crate::records::{Mode as RecordMode, Recorder, RunId, SessionId, Trainee};

#[derive(Resource, Default)]
pub struct Records {
    pub recorder: Option<Arc<Recorder>>,
    /// Curriculum name recorded with sessions (from the configuration).
    pub curriculum: Option<String>,
    session: Option<SessionId>,
    session_trainee: Option<Option<String>>,
    run: Option<RunId>,
}

impl Records {
    pub fn new(recorder: Option<Arc<Recorder>>, curriculum: Option<String>) -> Records {
        Records {
            recorder,
            curriculum,
            ..default()
        }
    }

    pub fn current_run(&self) -> Option<RunId> {
        self.run
    }

    /// The session for the trainee now signed in (a different trainee
    /// closes the previous one).
    fn session_for(&mut self, recorder: &Recorder, gui: &Gui) -> Option<SessionId> {
        let trainee = gui.trainee.clone();
        if self.session.is_some() && self.session_trainee.as_ref() != Some(&trainee) {
            self.end_session(recorder);
        }
        if self.session.is_none() {
            let who = match (&gui.mode, &trainee) {
                (Mode::Training, Some(id)) => Trainee::known(id, None).unwrap_or_else(|e| {
                    warn!("records: trainee id refused: {e}");
                    Trainee::Anonymous
                }),
                _ => Trainee::Anonymous,
            };
            let mode = if gui.mode == Mode::Public || trainee.is_none() {
                RecordMode::Public
            } else {
                RecordMode::Trainee
            };
            self.session = warn_on(
                "start session",
                recorder.start_session(&who, self.curriculum.as_deref(), mode),
            );
            self.session_trainee = Some(trainee);
        }
        self.session
    }

    fn end_session(&mut self, recorder: &Recorder) {
        if let Some(s) = self.session.take() {
            warn_on("end session", recorder.end_session(s));
        }
        self.session_trainee = None;
    }
}

fn warn_on<T>(what: &str, r: Result<T, crate::records::RecordsError>) -> Option<T> {
    r.map_err(|e| warn!("records: {what} failed: {e}")).ok()
}

/// After the commands are applied: follow the runs' life as told, and
/// store each new event of the run in progress as it happens.
pub fn follow(mut told: MessageReader<RunMessage>, mut gui: ResMut<Gui>, mut rec: ResMut<Records>) {
    let Some(recorder) = rec.recorder.clone() else {
        told.clear();
        return;
    };
    for m in told.read() {
        match m {
            RunMessage::Started => {
                // A run left without an outcome (none should be) stops here.
                rec.run = None;
                let Some(session) = rec.session_for(&recorder, &gui) else {
                    continue;
                };
                // The session's curriculum may set the play's pass mark: no
                // redraw needed for that.
                if let Some(play) = gui.bypass_change_detection().play.as_mut() {
                    rec.run = warn_on("start run", recorder.start_run(session, play));
                }
            }
            RunMessage::Finished(outcome) => {
                if let Some(run) = rec.run.take() {
                    warn_on("finish run", recorder.record_outcome(run, outcome));
                }
            }
            RunMessage::Abandoned => {
                if let Some(run) = rec.run.take() {
                    warn_on("discard abandoned run", recorder.discard_run(run));
                }
            }
            RunMessage::SessionEnded => {
                rec.run = None;
                rec.end_session(&recorder);
            }
        }
    }
    if gui.is_changed()
        && let (Some(run), Some(play)) = (rec.run, gui.play.as_ref())
    {
        warn_on("record events", recorder.record_new_events(run, &play.run));
    }
}
