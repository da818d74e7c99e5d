//! What the GUI keeps between frames: the engine, the chosen language and
//! mode, the trainee, the play in progress and the results so far. Every
//! change goes through a [`UiCommand`] so that buttons, keys and tests all
//! take the same road.

use std::sync::Arc;

use bevy::prelude::*;

use crate::engine::Engine;
use crate::play::Play;
use crate::scoring::ScenarioScore;
use crate::text::UiText;

/// The screens of the application.
#[derive(States, Default, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Start,
    SignIn,
    Overview,
    Play,
    Debrief,
    Results,
    /// Kiosk: the attract loop inviting passers-by.
    Attract,
    /// Kiosk: the facilitator's PIN.
    Pin,
    /// Kiosk: what the facilitator can do once the PIN is given.
    Staff,
    /// Anonymous figures from the day's kiosk sessions.
    Summary,
    /// After the last decision: "Looking back: was that a scam, or real help?"
    Judgement,
}

/// Training at work, or an anonymous open session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Training,
    Public,
}

/// Display settings the trainee can change at any time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Multiplier on every font size (0.8 … 2.0).
    pub text_scale: f32,
    /// Nothing pulses, flashes or moves by itself.
    pub reduced_motion: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_scale: 1.0,
            reduced_motion: false,
        }
    }
}

/// Everything a trainee can ask for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum UiCommand {
    SetLocale(String),
    /// How texts address the trainee (languages that distinguish it).
    SetAddress(crate::locale::Address),
    NextLocale,
    SetMode(Mode),
    Begin,
    SignIn,
    SignInAnonymous,
    StartScenario(String),
    /// Take a choice by id (the hidden `--choices` flag, facilitator tools).
    Choose(String),
    /// Flag an element of the scene as suspicious (the flag tool).
    Mark(String),
    /// Something the trainee does to the simulated world; the engine maps
    /// it to the step's choice, if one is bound to it.
    Do(crate::act::WorldAct),
    /// Something that changes only the simulated desk (a window opened, a
    /// digit keyed, the flag tool picked up): no engine call.
    Desk(crate::gui::pc::DeskCmd),
    ShowDebrief,
    /// The scenario ended: ask "Looking back: was that a scam, or real
    /// help?" before the debrief.
    ShowJudgement,
    /// The answer, 1 (sure it was a scam) to 6 (sure it was real help);
    /// then the debrief.
    Judge(u8),
    NextScenario,
    ShowOverview,
    ShowResults,
    Restart,
    TextBigger,
    TextSmaller,
    ToggleMotion,
    Back,
    /// Kiosk: a passer-by touched the attract screen.
    WakeUp,
    /// Kiosk: no input for the idle timeout; the session is discarded.
    IdleReset,
    PinDigit(char),
    PinBackspace,
    PinSubmit,
    OpenStaff,
    ExitKiosk,
    ShowSummary,
    /// Facilitator: go on after the reveal of what happened.
    DismissReveal,
    /// The orientation before the first scenario was read (or skipped):
    /// the run's clock starts now.
    Oriented,
}

/// A run's life, told by [`super::commands`] as it happens, for whoever
/// keeps records ([`super::records`]): nothing guesses a new run from the
/// pack and seed, and nothing scores a run a second time.
#[derive(Message, Debug, Clone)]
pub enum RunMessage {
    /// A play was started: it is [`Gui::play`] now.
    Started,
    /// The run is over (its debrief, or a reset after its ending or on the
    /// way): the engine's outcome, computed once.
    Finished(Box<crate::outcome::RunOutcome>),
    /// A kiosk visitor walked away mid-run: the run is thrown away.
    Abandoned,
    /// The trainee's session is over (restart, kiosk reset).
    SessionEnded,
}

/// Kiosk settings (from the configuration's public mode, or defaults).
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    pub pin: String,
    pub idle_timeout_ms: u64,
    /// Packs to draw a session from (empty: the whole library).
    pub packs: Vec<String>,
}

/// Facilitator mode: what the group just chose, shown before going on.
#[derive(Debug, Clone, PartialEq)]
pub struct Reveal {
    pub step: String,
    pub choice: String,
}

/// A kiosk's state between visitors: the idle clock, the PIN being typed,
/// the attract loop's language and how many sessions it has started.
#[derive(Resource, Debug, Default)]
pub struct KioskState {
    /// Last time (ms since start) anyone touched the kiosk.
    pub last_input_ms: u64,
    pub typed_pin: String,
    pub pin_error: bool,
    /// Which language the attract loop shows now.
    pub attract_index: usize,
    /// Kiosk sessions started (varies the packs and seeds).
    pub sessions: u64,
}

/// Facilitator mode: a group in a room decides together; play pauses at
/// each decision to reveal what was chosen.
#[derive(Resource, Debug, Default)]
pub struct Facilitation {
    pub on: bool,
    pub reveal: Option<Reveal>,
}

/// The GUI's state: the engine, the trainee's language and settings, the
/// curriculum, the play in progress and the results so far. The desk
/// ([`crate::gui::pc::Desk`]), the kiosk ([`KioskState`]), facilitation
/// ([`Facilitation`]) and the records ([`crate::gui::records::Records`]) are
/// resources of their own.
#[derive(Resource)]
pub struct Gui {
    pub engine: Arc<Engine>,
    pub locale: String,
    pub mode: Mode,
    pub settings: Settings,
    /// Employee id typed on the sign-in screen.
    pub typed_id: String,
    pub trainee: Option<String>,
    /// Pack ids of the curriculum, in order.
    pub curriculum: Vec<String>,
    /// The configured curriculum, if any: a signed-in trainee gets its
    /// pre-test form, training and post-test form in their counterbalanced order.
    pub curriculum_config: Option<crate::config::Curriculum>,
    pub results: Vec<ScenarioScore>,
    pub play: Option<Play>,
    /// The current play's outcome, once taken (its debrief was reached, or
    /// it was left): it is not taken or recorded again.
    pub outcome: Option<crate::outcome::RunOutcome>,
    /// Time (ms since app start) the current play started.
    pub play_started_ms: u64,
    pub seed: u64,
    /// Region for the debrief's reporting channel (configuration), else the locale's.
    pub region: Option<String>,
    /// How texts address the trainee (Hebrew, Arabic); `None` until chosen.
    pub address: Option<crate::locale::Address>,
    /// Points a scenario needs to pass.
    pub pass_mark: u32,
    /// Kiosk mode, when on (its running state is [`KioskState`]).
    pub kiosk: Option<Kiosk>,
    /// The screen must be rebuilt (state or language changed).
    pub dirty: bool,
    /// Index of the button to focus after the next rebuild.
    pub focus_index: usize,
    /// The short orientation before the first scenario has been shown
    /// (again for every kiosk visitor).
    pub oriented: bool,
}

impl Gui {
    pub fn new(engine: Arc<Engine>, locale: &str, seed: u64) -> Gui {
        let curriculum = engine
            .library
            .packs
            .iter()
            .map(|p| p.id().to_owned())
            .collect();
        let locale = engine
            .ui
            .chain(locale)
            .first()
            .cloned()
            .unwrap_or_else(|| crate::locale::DEFAULT_LOCALE.to_owned());
        Gui {
            engine,
            locale,
            mode: Mode::Training,
            settings: Settings::default(),
            typed_id: String::new(),
            trainee: None,
            curriculum,
            curriculum_config: None,
            results: Vec::new(),
            play: None,
            outcome: None,
            play_started_ms: 0,
            seed,
            region: None,
            address: None,
            kiosk: None,
            pass_mark: crate::scoring::DEFAULT_PASS_MARK,
            dirty: true,
            focus_index: 0,
            oriented: false,
        }
    }

    pub fn words(&self) -> UiText {
        let mut t = UiText::new(&self.engine.ui, &self.locale_in_region());
        if let Some(a) = self.address {
            t.set_address(a);
        }
        t
    }

    /// The locale tag with the configured region (`ar` in Egypt: `ar-EG`),
    /// so currency and official numbers follow the region.
    pub fn locale_in_region(&self) -> String {
        self.region.as_deref().map_or_else(
            || self.locale.clone(),
            |r| crate::locale::with_region(&self.locale, r),
        )
    }

    /// Whether the current language asks the trainee for a form of address.
    pub fn needs_address(&self) -> bool {
        self.engine
            .ui
            .info(&self.locale)
            .is_some_and(|i| i.needs_address())
    }

    pub fn is_rtl(&self) -> bool {
        self.engine
            .ui
            .info(&self.locale)
            .is_some_and(|i| i.is_rtl())
    }

    /// Locale tags the application ships, in a stable order.
    pub fn locales(&self) -> Vec<String> {
        self.engine.ui.tags()
    }

    /// Score of a pack already played in this session.
    pub fn result_for(&self, id: &str) -> Option<&ScenarioScore> {
        self.results.iter().rev().find(|r| r.pack_id == id)
    }

    pub fn is_kiosk(&self) -> bool {
        self.kiosk.is_some()
    }

    /// A kiosk session (the `session`-th): three packs, one of them a
    /// genuine control, drawn from the kiosk's packs (or the library) with
    /// the session's seed.
    pub fn kiosk_session(&self, session: u64) -> Vec<String> {
        let pool = self.kiosk.as_ref().map_or(&[][..], |k| k.packs.as_slice());
        self.engine.library.kiosk_session(pool, self.seed, session)
    }

    /// The next pack of the curriculum not yet played.
    pub fn next_unplayed(&self) -> Option<String> {
        self.curriculum
            .iter()
            .find(|id| self.result_for(id).is_none())
            .cloned()
    }
}
