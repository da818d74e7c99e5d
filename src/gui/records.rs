//! Keeping training records from the GUI: a session per trainee (or an
//! anonymous one in open sessions), a run per scenario with every event
//! committed as it happens, the score and debrief at the end. Records never
//! block play: a failure is logged and the trainee goes on.

use std::sync::Arc;

use bevy::prelude::*;

use super::state::{Gui, Mode, UiCommand};
use crate::records::{Mode as RecordMode, Recorder, RunId, SessionId, Trainee};

#[derive(Resource, Default)]
pub struct Records {
    pub recorder: Option<Arc<Recorder>>,
    /// Curriculum name recorded with sessions (from the configuration).
    pub curriculum: Option<String>,
    session: Option<SessionId>,
    session_trainee: Option<Option<String>>,
    run: Option<RunId>,
    /// (pack id, seed) of the play the current run records.
    run_key: Option<(String, u64)>,
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
}

fn warn_on<T>(what: &str, r: Result<T, crate::records::RecordsError>) -> Option<T> {
    r.map_err(|e| warn!("records: {what} failed: {e}")).ok()
}

/// Before the commands are applied: a session about to be reset (a kiosk
/// visitor walked away, a restart, leaving the kiosk) keeps a run that
/// reached its ending. It is recorded with its score (and no judgement, as
/// the visitor never gave one) while the play still exists; only unfinished
/// runs are left for [`follow`] to discard.
pub fn finish_ended_before_reset(
    mut commands: MessageReader<UiCommand>,
    gui: Res<Gui>,
    mut rec: ResMut<Records>,
) {
    let resets = commands.read().any(|c| {
        matches!(
            c,
            UiCommand::IdleReset | UiCommand::Restart | UiCommand::ExitKiosk
        )
    });
    if !resets {
        return;
    }
    let (Some(recorder), Some(play)) = (rec.recorder.clone(), gui.play.as_ref()) else {
        return;
    };
    if !play.run.is_finished() {
        return;
    }
    // Only the run this play is recorded in.
    let key = (play.run.pack().id().to_owned(), play.run.seed());
    if rec.run_key.as_ref() != Some(&key) {
        return;
    }
    if let Some(run) = rec.run.take() {
        warn_on("finish ended run on reset", recorder.finish_run(run, play));
    }
}

/// After the commands are applied, bring the records up to date.
pub fn follow(mut commands: MessageReader<UiCommand>, gui: Res<Gui>, mut rec: ResMut<Records>) {
    let cmds: Vec<UiCommand> = commands.read().cloned().collect();
    let Some(recorder) = rec.recorder.clone() else {
        return;
    };
    if cmds.is_empty() {
        return;
    }
    let abandoned = cmds.iter().any(|c| matches!(c, UiCommand::IdleReset));
    let restart = abandoned
        || cmds
            .iter()
            .any(|c| matches!(c, UiCommand::Restart | UiCommand::ExitKiosk));
    // A kiosk visitor who walked away: the unfinished run is discarded.
    if abandoned && let Some(run) = rec.run.take() {
        warn_on("discard abandoned run", recorder.discard_run(run));
    }
    // A different trainee (sign-in, restart) closes the session.
    let trainee_now = gui.trainee.clone();
    if rec.session.is_some() && (restart || rec.session_trainee.as_ref() != Some(&trainee_now)) {
        if let Some(s) = rec.session.take() {
            warn_on("end session", recorder.end_session(s));
        }
        rec.run = None;
        rec.run_key = None;
    }
    let Some(play) = gui.play.as_ref() else {
        return;
    };
    if restart {
        return;
    }
    let key = (play.run.pack().id().to_owned(), play.run.seed());
    if rec.run_key.as_ref() != Some(&key) {
        if rec.session.is_none() {
            let who = match (&gui.mode, &gui.trainee) {
                (Mode::Training, Some(id)) => match Trainee::known(id, None) {
                    Ok(t) => t,
                    Err(e) => {
                        warn!("records: trainee id refused: {e}");
                        Trainee::Anonymous
                    }
                },
                _ => Trainee::Anonymous,
            };
            let mode = if gui.mode == Mode::Public || gui.trainee.is_none() {
                RecordMode::Public
            } else {
                RecordMode::Trainee
            };
            rec.session = warn_on(
                "start session",
                recorder.start_session(&who, rec.curriculum.as_deref(), mode),
            );
            rec.session_trainee = Some(trainee_now);
        }
        if let Some(session) = rec.session {
            rec.run = warn_on("start run", recorder.start_run(session, play));
            rec.run_key = Some(key);
        }
    }
    if let Some(run) = rec.run {
        warn_on("record events", recorder.record_new_events(run, &play.run));
        if cmds.iter().any(|c| {
            matches!(c, UiCommand::ShowDebrief | UiCommand::Judge(_))
                // Straight to the debrief when there is nothing to judge.
                || (matches!(c, UiCommand::ShowJudgement)
                    && !(play.run.is_finished() && play.run.judgement().is_none()))
        }) {
            warn_on("finish run", recorder.finish_run(run, play));
            rec.run = None;
        }
    }
}
