//! Applying the trainee's commands to the engine. The only place the GUI
//! changes a play: everything else only draws.

use bevy::prelude::*;

use super::state::{Facilitation, Gui, KioskState, Mode, Reveal, RunMessage, Screen, UiCommand};

/// Milliseconds since the app started (the play clock's source).
pub fn now_ms(time: &Time<Real>) -> u64 {
    time.elapsed().as_millis() as u64
}

/// Start a scenario: the play becomes the current one and the run is told
/// started. False if the engine refused it.
fn start_play(gui: &mut Gui, id: &str, now: u64, told: &mut MessageWriter<RunMessage>) -> bool {
    let seed = gui.seed.wrapping_add(gui.results.len() as u64);
    match gui.engine.start(id, &gui.locale_in_region(), seed) {
        Ok(mut p) => {
            gui.play_started_ms = now;
            if let Some(r) = &gui.region {
                p.region = r.clone();
            }
            if let Some(a) = gui.address {
                p.text.set_address(a);
            }
            p.pass_mark = gui.pass_mark;
            gui.play = Some(p);
            gui.outcome = None;
            told.write(RunMessage::Started);
            true
        }
        Err(e) => {
            error!("cannot start scenario {id}: {e}");
            false
        }
    }
}

/// The current play is over: the engine's outcome is taken once, kept in
/// the session's results and told to the records.
fn end_play(gui: &mut Gui, told: &mut MessageWriter<RunMessage>) {
    if gui.outcome.is_some() {
        return;
    }
    let Some(outcome) = gui.play.as_ref().map(crate::play::Play::outcome) else {
        return;
    };
    gui.results.push(outcome.score.clone());
    told.write(RunMessage::Finished(Box::new(outcome.clone())));
    gui.outcome = Some(outcome);
}

/// The session is reset (restart, a kiosk visitor walked away, leaving the
/// kiosk): a run that reached its ending keeps its outcome (a kiosk visitor
/// gave no judgement); one left on the way is thrown away when the visitor
/// walked away, else recorded as left (terminated).
fn leave_session(gui: &mut Gui, walked_away: bool, told: &mut MessageWriter<RunMessage>) {
    let ended = gui.play.as_ref().is_some_and(|p| p.run.is_finished());
    if gui.play.is_some() && gui.outcome.is_none() {
        if walked_away && !ended {
            gui.play = None;
            told.write(RunMessage::Abandoned);
        } else {
            end_play(gui, told);
        }
    }
    told.write(RunMessage::SessionEnded);
}

#[allow(
    clippy::too_many_arguments,
    reason = "a Bevy system takes what it reads as parameters"
)]
pub fn apply_commands(
    mut commands: MessageReader<UiCommand>,
    mut gui: ResMut<Gui>,
    mut desk: ResMut<crate::gui::pc::Desk>,
    mut kiosk: ResMut<KioskState>,
    mut group: ResMut<Facilitation>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    time: Res<Time<Real>>,
    mut told: MessageWriter<RunMessage>,
) {
    let mut target = *screen.get();
    for cmd in commands.read() {
        let now = now_ms(&time);
        let at = now.saturating_sub(gui.play_started_ms);
        gui.dirty = true;
        gui.focus_index = 0;
        match cmd {
            UiCommand::SetLocale(tag) => {
                gui.locale = tag.clone();
                relocalize(&mut gui);
            }
            UiCommand::SetAddress(a) => {
                gui.address = Some(*a);
                relocalize(&mut gui);
            }
            UiCommand::NextLocale => {
                let tags = gui.locales();
                let i = tags
                    .iter()
                    .position(|t| *t == gui.locale)
                    .map_or(0, |i| (i + 1) % tags.len().max(1));
                if let Some(t) = tags.get(i) {
                    gui.locale = t.clone();
                }
                relocalize(&mut gui);
            }
            UiCommand::SetMode(m) => gui.mode = *m,
            UiCommand::Begin if gui.is_kiosk() => {
                gui.trainee = None;
                gui.results.clear();
                gui.curriculum = gui.kiosk_session(kiosk.sessions);
                kiosk.sessions += 1;
                if let Some(id) = gui.next_unplayed()
                    && start_play(&mut gui, &id, now, &mut told)
                {
                    *desk = Default::default();
                    target = Screen::Play;
                }
            }
            UiCommand::Begin => {
                target = match gui.mode {
                    Mode::Training => Screen::SignIn,
                    Mode::Public => {
                        gui.trainee = None;
                        Screen::Overview
                    }
                }
            }
            UiCommand::SignIn => {
                let id = gui.typed_id.trim().to_owned();
                if !id.is_empty() {
                    if let Some(c) = &gui.curriculum_config {
                        gui.curriculum = c.session_order(gui.seed, &id);
                    }
                    gui.trainee = Some(id);
                    target = Screen::Overview;
                }
            }
            UiCommand::SignInAnonymous => {
                gui.trainee = None;
                target = Screen::Overview;
            }
            UiCommand::StartScenario(id) => {
                if start_play(&mut gui, id, now, &mut told) {
                    *desk = Default::default();
                    target = Screen::Play;
                }
            }
            UiCommand::Desk(d) => {
                if let Some(act) = desk.apply(d) {
                    perform(&mut gui, &mut group, &act, at);
                }
            }
            UiCommand::Do(act) => perform(&mut gui, &mut group, act, at),
            UiCommand::Choose(choice) => {
                let from = gui.play.as_ref().map(|p| p.run.current_id().to_owned());
                if let Some(play) = gui.play.as_mut() {
                    match play.choose(choice, at) {
                        Ok(()) if group.on => {
                            group.reveal = from.map(|step| Reveal {
                                step,
                                choice: choice.clone(),
                            });
                        }
                        Ok(()) => {}
                        Err(e) => warn!("choice {choice} refused: {e}"),
                    }
                }
            }
            UiCommand::DismissReveal => group.reveal = None,
            UiCommand::Oriented => {
                gui.oriented = true;
                // Time in the scenario starts once the trainee is in it.
                gui.play_started_ms = now;
            }
            UiCommand::Mark(flag) => {
                if let Some(play) = gui.play.as_mut() {
                    let _ = play.mark(flag, at);
                }
            }
            UiCommand::ShowJudgement => {
                group.reveal = None;
                let ended = gui.play.as_ref().is_some_and(|p| p.run.is_finished());
                let judged = gui
                    .play
                    .as_ref()
                    .is_some_and(|p| p.run.judgement().is_some());
                if ended && !judged {
                    target = Screen::Judgement;
                } else if gui.play.as_ref().is_some() {
                    end_play(&mut gui, &mut told);
                    target = Screen::Debrief;
                }
            }
            UiCommand::Judge(rating) => {
                if let Some(play) = gui.play.as_mut() {
                    if let Err(e) = play.judge(*rating, at) {
                        warn!("judgement {rating} refused: {e}");
                    }
                    end_play(&mut gui, &mut told);
                    target = Screen::Debrief;
                }
            }
            UiCommand::ShowDebrief => {
                group.reveal = None;
                if gui.play.is_some() {
                    end_play(&mut gui, &mut told);
                    target = Screen::Debrief;
                }
            }
            UiCommand::NextScenario => match gui.next_unplayed() {
                Some(id) => {
                    if start_play(&mut gui, &id, now, &mut told) {
                        *desk = Default::default();
                        target = Screen::Play;
                    }
                }
                None => target = Screen::Results,
            },
            UiCommand::ShowOverview => {
                // Leaving a scenario on the way (F1 → leave): its outcome is
                // taken and recorded as left.
                if target == Screen::Play {
                    end_play(&mut gui, &mut told);
                }
                target = Screen::Overview;
            }
            UiCommand::ShowResults => target = Screen::Results,
            UiCommand::Restart | UiCommand::IdleReset => {
                leave_session(&mut gui, *cmd == UiCommand::IdleReset, &mut told);
                // The next visitor is oriented again.
                gui.oriented = false;
                gui.results.clear();
                gui.play = None;
                group.reveal = None;
                gui.trainee = None;
                gui.typed_id.clear();
                kiosk.typed_pin.clear();
                *desk = Default::default();
                target = if gui.is_kiosk() {
                    Screen::Attract
                } else {
                    Screen::Start
                };
            }
            UiCommand::WakeUp => target = Screen::Start,
            UiCommand::OpenStaff => {
                kiosk.typed_pin.clear();
                kiosk.pin_error = false;
                target = Screen::Pin;
            }
            UiCommand::PinDigit(d) => {
                if kiosk.typed_pin.len() < 12 {
                    kiosk.typed_pin.push(*d);
                }
                kiosk.pin_error = false;
                gui.focus_index = usize::MAX;
            }
            UiCommand::PinBackspace => {
                kiosk.typed_pin.pop();
                gui.focus_index = usize::MAX;
            }
            UiCommand::PinSubmit => {
                let ok = gui.kiosk.as_ref().is_some_and(|k| k.pin == kiosk.typed_pin);
                kiosk.typed_pin.clear();
                kiosk.pin_error = !ok;
                if ok {
                    target = Screen::Staff;
                }
            }
            UiCommand::ExitKiosk => {
                // Only from the staff screen, which only the PIN opens.
                if target == Screen::Staff {
                    leave_session(&mut gui, false, &mut told);
                    gui.kiosk = None;
                    gui.play = None;
                    gui.results.clear();
                    target = Screen::Start;
                }
            }
            UiCommand::ShowSummary => target = Screen::Summary,
            // In a kiosk, settings are behind the PIN (the staff screen).
            UiCommand::TextBigger | UiCommand::TextSmaller | UiCommand::ToggleMotion
                if gui.is_kiosk() && target != Screen::Staff => {}
            UiCommand::TextBigger => {
                gui.settings.text_scale = (gui.settings.text_scale + 0.2).min(2.0)
            }
            UiCommand::TextSmaller => {
                gui.settings.text_scale = (gui.settings.text_scale - 0.2).max(0.8)
            }
            UiCommand::ToggleMotion => gui.settings.reduced_motion = !gui.settings.reduced_motion,
            UiCommand::Back => {
                if desk.overlay.is_some() || desk.input_focused {
                    desk.apply(&crate::gui::pc::DeskCmd::Close);
                } else if target == Screen::Play {
                    // Esc alone does nothing on a PC; holding it leaves full screen.
                } else {
                    target = match target {
                        Screen::Pin | Screen::Staff | Screen::Summary if gui.is_kiosk() => {
                            Screen::Attract
                        }
                        Screen::Summary => Screen::Overview,
                        Screen::Start if gui.is_kiosk() => Screen::Attract,
                        Screen::SignIn => Screen::Start,
                        Screen::Overview | Screen::Results => Screen::Start,
                        Screen::Debrief => Screen::Overview,
                        other => other,
                    };
                }
            }
        }
    }
    if target != *screen.get() {
        next.set(target);
    }
}

/// Do something in the simulated world: the engine takes the choice bound
/// to it at this step, if any (facilitator mode then reveals it).
fn perform(gui: &mut Gui, group: &mut Facilitation, act: &crate::act::WorldAct, at: u64) {
    let from = gui.play.as_ref().map(|p| p.run.current_id().to_owned());
    let Some(play) = gui.play.as_mut() else {
        return;
    };
    if play.run.is_finished() {
        return;
    }
    match play.perform(act, at) {
        Ok(Some(choice)) if group.on => {
            group.reveal = from.map(|step| Reveal { step, choice });
        }
        Ok(_) => {}
        Err(e) => warn!("{act:?} refused: {e}"),
    }
}

/// Re-make the play's words in the new language; the run itself goes on.
fn relocalize(gui: &mut Gui) {
    let locale = gui.locale_in_region();
    let engine = gui.engine.clone();
    let (address, configured) = (gui.address, gui.region.clone());
    if let Some(play) = gui.play.as_mut() {
        // The configured region stays: only the words change with the language.
        let region = configured.unwrap_or_else(|| {
            engine
                .ui
                .info(&locale)
                .map(|i| i.region.clone())
                .unwrap_or_default()
        });
        play.relocalize(&engine.ui, &locale, region);
        if let Some(a) = address {
            play.text.set_address(a);
        }
    }
}

/// Time runs during play: the step's countdown may run out (the engine
/// records the timeout) and pressure lines fall due. The screen is redrawn
/// only when one of those happens.
pub fn let_time_pass(mut gui: ResMut<Gui>, time: Res<Time<Real>>, screen: Res<State<Screen>>) {
    // No time passes in the story while the orientation is read.
    if *screen.get() != Screen::Play || !gui.oriented {
        return;
    }
    let at = now_ms(&time).saturating_sub(gui.play_started_ms);
    let g = gui.bypass_change_detection();
    let Some(play) = g.play.as_mut() else { return };
    if play.run.is_finished() {
        return;
    }
    let before = lines_due(&play.run);
    let fired = play.tick(at);
    if fired || lines_due(&play.run) != before {
        g.dirty = true;
        gui.set_changed();
    }
}

/// Milliseconds until the story's next due moment (its countdown running
/// out, a pressure line); `None` when nothing is due.
pub fn story_due_ms(gui: &Gui, now: u64) -> Option<u64> {
    gui.play.as_ref().filter(|_| gui.oriented).and_then(|p| {
        let at = now.saturating_sub(gui.play_started_ms);
        p.run.next_due_after(at).map(|due| due - at)
    })
}

/// Milliseconds until the kiosk's idle reset or, on its attract screen, its
/// next language; `None` outside a kiosk.
pub fn kiosk_due_ms(gui: &Gui, kiosk: &KioskState, now: u64, attract: bool) -> Option<u64> {
    gui.kiosk.as_ref().map(|k| {
        let idle = (kiosk.last_input_ms + k.idle_timeout_ms).saturating_sub(now);
        let cycle = super::kiosk::ATTRACT_SECS * 1000;
        if attract {
            idle.min(cycle - now % cycle)
        } else {
            idle
        }
    })
}

/// How many of the current step's lines are due by the run's clock.
fn lines_due(run: &crate::runner::Run) -> usize {
    let at_step = run.now_ms().saturating_sub(run.entered_ms());
    run.current().map_or(0, |s| {
        s.lines
            .iter()
            .filter(|l| l.after_secs.is_none_or(|a| at_step >= u64::from(a) * 1000))
            .count()
    })
}
