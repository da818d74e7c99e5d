//! The words of one run: the pack's messages and the UI's, in the trainee's
//! locale with fallbacks, the run's variables as Fluent arguments, and the
//! RTL mark for right-to-left locales.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::locale::bidi::for_display;
use crate::locale::{LocaleInfo, Messages, UiLocales, fallback_chain};
use crate::pack::Pack;
use crate::variables::Values;

pub struct RunText {
    pack: Messages,
    ui: Messages,
    args: FluentArgs<'static>,
    values: Values,
    rtl: bool,
    /// Messages that could not be found or formatted cleanly.
    problems: std::cell::RefCell<Vec<String>>,
}

impl RunText {
    /// Text for `pack` in the best locale for `requested`.
    pub fn new(ui: &UiLocales, pack: &Pack, requested: &str, values: &Values) -> RunText {
        let pack_chain = fallback_chain(requested, &pack.scenario.locales);
        let pack_msgs = pack.catalog.bundles(&pack_chain);
        let args = values.args(&pack_msgs);
        let rtl = ui.info(requested).is_some_and(LocaleInfo::is_rtl);
        RunText { pack: pack_msgs, ui: ui.messages(requested), args, values: values.clone(), rtl, problems: Default::default() }
    }

    /// Turn Fluent's isolation marks off (tests compare plain strings).
    pub fn set_use_isolating(&mut self, on: bool) {
        self.pack.set_use_isolating(on);
        self.ui.set_use_isolating(on);
    }

    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    fn finish(&self, id: &str, f: Option<crate::locale::Formatted>) -> String {
        match f {
            Some(f) => {
                for e in f.errors {
                    self.problems.borrow_mut().push(format!("{id}: {e}"));
                }
                for_display(&f.text, self.rtl)
            }
            None => {
                self.problems.borrow_mut().push(format!("{id}: missing in every locale of the fallback chain"));
                format!("[{id}]")
            }
        }
    }

    /// A pack message with the run's variables.
    pub fn pack(&self, id: &str) -> String {
        self.finish(id, self.pack.format(id, Some(&self.args)))
    }

    /// A UI message with named arguments.
    pub fn ui(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, FluentValue::from(v.clone()));
        }
        self.finish(id, self.ui.format(id, Some(&fa)))
    }

    /// A UI message if it exists (for optional, region-specific messages).
    pub fn ui_opt(&self, id: &str) -> Option<String> {
        self.ui.format(id, None).map(|f| for_display(&f.text, self.rtl))
    }

    /// A variable's text, marked for direction.
    pub fn var(&self, name: &str) -> String {
        let t = self.values.text(name, &self.pack).unwrap_or_else(|| format!("[${name}]"));
        for_display(&t, self.rtl)
    }

    /// Problems met so far (missing messages, Fluent errors).
    pub fn problems(&self) -> Vec<String> {
        self.problems.borrow().clone()
    }
}
