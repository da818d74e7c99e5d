//! One scenario being played: the run, its words, and the derived view,
//! score and debrief.

use std::sync::Mutex;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::debrief::{Debrief, debrief_with};
use crate::locale::bidi::for_display;
use crate::locale::format::format_money;
use crate::locale::{LocaleInfo, Messages, UiLocales, fallback_chain};
use crate::model::Variable;
use crate::runner::{Run, RunError, RunLog};
use crate::scoring::{DEFAULT_PASS_MARK, ScenarioScore, Weights, score_run};
use crate::text::RunText;
use crate::variables::amount_local_minor;
use crate::view::StepView;

/// Pack messages formatted with the run's state (flags, counters, totals)
/// as Fluent arguments, on top of its variables. Only built for packs that
/// declare state variables.
pub struct StateText {
    pack: Messages,
    info: LocaleInfo,
    rtl: bool,
    problems: Mutex<Vec<String>>,
}

impl StateText {
    fn new(ui: &UiLocales, run: &Run, locale: &str) -> Option<StateText> {
        let s = &run.pack().scenario;
        if !s.variables.values().any(Variable::is_state) {
            return None;
        }
        let info = ui.info(locale)?.clone();
        let chain = fallback_chain(locale, &s.locales);
        Some(StateText {
            pack: run.pack().catalog.bundles(&chain),
            rtl: info.is_rtl(),
            info,
            problems: Mutex::new(Vec::new()),
        })
    }

    /// The text of a state variable now (`None` for other variables).
    fn state_value(&self, run: &Run, name: &str) -> Option<FluentValue<'static>> {
        let s = &run.pack().scenario;
        let st = run.state();
        Some(match s.variables.get(name)? {
            Variable::Flag => FluentValue::from(if st.flags.get(name).copied().unwrap_or(false) {
                "true"
            } else {
                "false"
            }),
            Variable::Counter { .. } => {
                FluentValue::from(st.counters.get(name).copied().unwrap_or(0))
            }
            Variable::Total => FluentValue::from(self.total_text(run, name)),
            _ => return None,
        })
    }

    fn total_text(&self, run: &Run, name: &str) -> String {
        let s = &run.pack().scenario;
        let minor: u64 = run
            .state()
            .totals
            .get(name)
            .map(|vars| {
                vars.iter()
                    .filter_map(|v| amount_local_minor(s, run.seed(), v, &self.info))
                    .sum()
            })
            .unwrap_or(0);
        format_money(minor, &self.info)
    }

    /// Format with the same context as every other text (form of address,
    /// regional numbers), then the run's variables and state.
    fn format(&self, run: &Run, context: &crate::text::TextContext, id: &str) -> String {
        let mut fa = FluentArgs::new();
        context.add_to(&mut fa);
        for name in run.pack().scenario.variables.keys() {
            match self.state_value(run, name) {
                Some(v) => fa.set(name.clone(), v),
                None => {
                    if let Some(v) = run.values().fluent(name, &self.pack) {
                        fa.set(name.clone(), v);
                    }
                }
            }
        }
        match self.pack.format(id, Some(&fa)) {
            Some(f) => {
                if let Ok(mut p) = self.problems.lock() {
                    p.extend(f.errors.into_iter().map(|e| format!("{id}: {e}")));
                }
                for_display(&f.text, self.rtl)
            }
            None => {
                if let Ok(mut p) = self.problems.lock() {
                    p.push(format!(
                        "{id}: missing in every locale of the fallback chain"
                    ));
                }
                format!("[{id}]")
            }
        }
    }
}

/// The pseudo-choice "let the countdown run out" (CLI `--choices a,@timeout`,
/// autoplay paths).
pub const TIMEOUT: &str = "@timeout";

pub struct Play {
    pub run: Run,
    pub text: RunText,
    pub region: String,
    pub pass_mark: u32,
    state_text: Option<StateText>,
}

impl Play {
    pub fn new(ui: &UiLocales, run: Run, region: String) -> Play {
        let text = RunText::new(ui, run.pack(), run.locale(), run.values());
        let state_text = StateText::new(ui, &run, run.locale());
        Play {
            run,
            text,
            region,
            pass_mark: DEFAULT_PASS_MARK,
            state_text,
        }
    }

    /// Show the same run in another language (variables keep their values).
    pub fn relocalize(&mut self, ui: &UiLocales, locale: &str, region: String) {
        self.text = RunText::new(ui, self.run.pack(), locale, self.run.values());
        self.state_text = StateText::new(ui, &self.run, locale);
        self.region = region;
    }

    /// Turn Fluent's isolation marks off (tests compare plain strings).
    pub fn set_use_isolating(&mut self, on: bool) {
        self.text.set_use_isolating(on);
        if let Some(st) = &mut self.state_text {
            st.pack.set_use_isolating(on);
        }
    }

    /// A pack message with the run's variables and its state now.
    pub fn msg(&self, id: &str) -> String {
        match &self.state_text {
            Some(st) => st.format(&self.run, self.text.context(), id),
            None => self.text.pack(id),
        }
    }

    /// A variable's text now (a `Total` shows its current sum).
    pub fn var(&self, name: &str) -> String {
        match &self.state_text {
            Some(st) => match st.state_value(&self.run, name) {
                Some(FluentValue::String(s)) => for_display(&s, st.rtl),
                Some(FluentValue::Number(n)) => n.as_string().into_owned(),
                _ => self.text.var(name),
            },
            None => self.text.var(name),
        }
    }

    /// Problems met formatting messages so far.
    pub fn problems(&self) -> Vec<String> {
        let mut p = self.text.problems();
        if let Some(st) = &self.state_text
            && let Ok(more) = st.problems.lock()
        {
            p.extend(more.iter().cloned());
        }
        p
    }

    pub fn view(&self) -> Option<StepView> {
        StepView::with(&self.run, &self.text, &|id| self.msg(id), &|v| self.var(v))
    }

    /// Take a choice of the current step; [`TIMEOUT`] lets its countdown
    /// run out instead (see [`Play::act`]), so autoplay paths play as they are.
    pub fn choose(&mut self, choice: &str, at_ms: u64) -> Result<(), RunError> {
        self.act(choice, at_ms).map(|_| ())
    }

    /// Do something in the simulated world at `at_ms`: the choice it takes
    /// (if the step binds one to that act) is taken. Returns its id; acts
    /// that take no choice change nothing.
    pub fn perform(
        &mut self,
        act: &crate::act::WorldAct,
        at_ms: u64,
    ) -> Result<Option<String>, RunError> {
        if self.run.is_finished() {
            return Err(RunError::Finished);
        }
        let Some(choice) = self.view().and_then(|v| crate::act::choice_for(&v, act)) else {
            return Ok(None);
        };
        self.run.choose(&choice, at_ms)?;
        Ok(Some(choice))
    }

    /// Mark any element of the current scene (a hit or a false flag).
    pub fn mark(&mut self, element: &str, at_ms: u64) -> Result<bool, RunError> {
        self.run.mark(element, at_ms)
    }

    /// Let time pass; fires the step's timeout when it is due.
    pub fn tick(&mut self, at_ms: u64) -> bool {
        self.run.tick(at_ms)
    }

    /// Take a choice at `at_ms`, or with [`TIMEOUT`] wait until the current
    /// step's countdown runs out (no earlier than `at_ms`). Returns the time
    /// the act happened.
    pub fn act(&mut self, choice: &str, at_ms: u64) -> Result<u64, RunError> {
        if choice != TIMEOUT {
            self.run.choose(choice, at_ms)?;
            return Ok(at_ms);
        }
        if self.run.is_finished() {
            return Err(RunError::Finished);
        }
        let left = self
            .run
            .timeout_left_ms(at_ms)
            .ok_or_else(|| RunError::NoTimeout {
                step: self.run.current_id().to_owned(),
                at_ms,
            })?;
        let t = at_ms.max(self.run.now_ms()) + left;
        self.run.tick(t);
        Ok(t)
    }

    /// The full log: the run's events, the scoring version and the pass mark.
    pub fn log(&self) -> RunLog {
        RunLog {
            pass_mark: Some(self.pass_mark),
            ..self.run.log()
        }
    }

    /// "Looking back: was that a scam, or real help?" 1 (sure scam) to 6
    /// (sure genuine), after the last decision. See [`Run::judge`].
    pub fn judge(&mut self, rating: u8, at_ms: u64) -> Result<(), RunError> {
        self.run.judge(rating, at_ms)
    }

    pub fn score(&self) -> ScenarioScore {
        score_run(
            &self.run.pack().scenario,
            &self.log(),
            self.pass_mark,
            &Weights::default(),
        )
    }

    pub fn debrief(&self) -> Debrief {
        self.debrief_for(&self.score())
    }

    /// The debrief of `score` (this run's), in the run's words.
    pub fn debrief_for(&self, score: &ScenarioScore) -> Debrief {
        debrief_with(&self.run, score, &self.text, &self.region, &|id| {
            self.msg(id)
        })
    }
}
