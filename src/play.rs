//! One scenario being played: the run, its words, and the derived view,
//! score and debrief.

use crate::debrief::{Debrief, debrief};
use crate::locale::UiLocales;
use crate::runner::{Run, RunError};
use crate::scoring::{DEFAULT_PASS_MARK, ScenarioScore, Weights, score_run};
use crate::text::RunText;
use crate::view::StepView;

pub struct Play {
    pub run: Run,
    pub text: RunText,
    pub region: String,
    pub pass_mark: u32,
}

impl Play {
    pub fn new(ui: &UiLocales, run: Run, region: String) -> Play {
        let text = RunText::new(ui, run.pack(), run.locale(), run.values());
        Play {
            run,
            text,
            region,
            pass_mark: DEFAULT_PASS_MARK,
        }
    }

    /// Show the same run in another language (variables keep their values).
    pub fn relocalize(&mut self, ui: &UiLocales, locale: &str, region: String) {
        self.text = RunText::new(ui, self.run.pack(), locale, self.run.values());
        self.region = region;
    }

    pub fn view(&self) -> Option<StepView> {
        StepView::of(&self.run, &self.text)
    }

    pub fn choose(&mut self, choice: &str, at_ms: u64) -> Result<(), RunError> {
        self.run.choose(choice, at_ms)
    }

    pub fn mark(&mut self, hotspot: &str, at_ms: u64) -> Result<bool, RunError> {
        self.run.mark(hotspot, at_ms)
    }

    /// "Looking back: was that a scam, or real help?" 1 (sure scam) to 6
    /// (sure genuine), after the last decision. See [`Run::judge`].
    pub fn judge(&mut self, rating: u8, at_ms: u64) -> Result<(), RunError> {
        self.run.judge(rating, at_ms)
    }

    pub fn score(&self) -> ScenarioScore {
        score_run(
            &self.run.pack().scenario,
            &self.run.log(),
            self.pass_mark,
            &Weights::default(),
        )
    }

    pub fn debrief(&self) -> Debrief {
        debrief(&self.run, &self.score(), &self.text, &self.region)
    }
}
