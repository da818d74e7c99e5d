//! The words of one run: the pack's messages and the UI's, in the trainee's
//! locale with fallbacks, the run's variables as Fluent arguments, and the
//! RTL mark for right-to-left locales.

use fluent_bundle::{FluentArgs, FluentValue};

use crate::locale::bidi::for_display;
use crate::locale::{ADDRESS_VARIABLE, Address, LocaleInfo, Messages, UiLocales, fallback_chain};
use crate::pack::Pack;
use crate::variables::Values;

/// The application's own words in a locale (no run needed).
pub struct UiText {
    messages: Messages,
    rtl: bool,
    context: TextContext,
}

/// What every message is formatted with besides its own arguments: the
/// trainee's form of address (`$addr`) and the region's real numbers
/// (`$emergency`, `$report-line`, `$bank-safety`) and caller-ID convention
/// (`$caller-id`). Not part of the run log: it changes wording, never the
/// score.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextContext {
    pub address: Address,
    /// Forms the language distinguishes (empty: no choice needed).
    pub address_forms: Vec<Address>,
    /// (name, value) pairs for the region's numbers.
    pub regional: Vec<(String, String)>,
}

impl TextContext {
    /// The context of a locale (in its region), with its default address.
    pub fn of(info: Option<&LocaleInfo>) -> TextContext {
        let Some(info) = info else {
            return TextContext::default();
        };
        let mut regional = vec![
            (
                "emergency".to_owned(),
                info.emergency.clone().unwrap_or_else(|| "none".to_owned()),
            ),
            ("caller-id".to_owned(), info.caller_id.key().to_owned()),
        ];
        for (name, v) in [
            ("report-line", &info.report_line),
            ("bank-safety", &info.bank_safety),
        ] {
            regional.push((
                name.to_owned(),
                v.clone().unwrap_or_else(|| "none".to_owned()),
            ));
        }
        TextContext {
            address: info.default_address(),
            address_forms: info.address_forms.clone(),
            regional,
        }
    }

    /// Set the form of address; one the language does not offer is ignored
    /// (returns false).
    pub fn set_address(&mut self, address: Address) -> bool {
        if self.address_forms.is_empty() || self.address_forms.contains(&address) {
            self.address = address;
            true
        } else {
            false
        }
    }

    /// Put the form of address and the regional numbers into `fa`.
    pub(crate) fn add_to(&self, fa: &mut FluentArgs<'_>) {
        fa.set(ADDRESS_VARIABLE, FluentValue::from(self.address.key()));
        for (k, v) in &self.regional {
            fa.set(k.clone(), FluentValue::from(v.clone()));
        }
    }
}

impl UiText {
    pub fn new(ui: &UiLocales, requested: &str) -> UiText {
        let info = ui.info(requested);
        UiText {
            messages: ui.messages(requested),
            rtl: info.is_some_and(LocaleInfo::is_rtl),
            context: TextContext::of(info),
        }
    }

    /// The form of address and regional numbers messages are formatted with.
    pub fn context(&self) -> &TextContext {
        &self.context
    }

    /// Address the trainee in this form (see [`TextContext::set_address`]).
    pub fn set_address(&mut self, address: Address) -> bool {
        self.context.set_address(address)
    }

    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// A message with named arguments; `[id]` when it is missing everywhere.
    pub fn get(&self, id: &str, args: &[(&str, String)]) -> String {
        self.try_get(id, args).unwrap_or_else(|| format!("[{id}]"))
    }

    /// A message if some locale in the chain has it.
    pub fn try_get(&self, id: &str, args: &[(&str, String)]) -> Option<String> {
        let mut fa = FluentArgs::new();
        self.context.add_to(&mut fa);
        for (k, v) in args {
            fa.set(*k, FluentValue::from(v.clone()));
        }
        self.messages
            .format(id, Some(&fa))
            .map(|f| for_display(&f.text, self.rtl))
    }

    pub fn set_use_isolating(&mut self, on: bool) {
        self.messages.set_use_isolating(on);
    }
}

pub struct RunText {
    pack: Messages,
    ui: UiText,
    /// The run's variables as (name, text) pairs for Fluent arguments;
    /// counts are passed as numbers from `values` instead.
    args: Vec<(String, String)>,
    values: Values,
    rtl: bool,
    /// Messages that could not be found or formatted cleanly.
    problems: std::sync::Mutex<Vec<String>>,
}

impl RunText {
    /// Text for `pack` in the best locale for `requested`.
    pub fn new(ui: &UiLocales, pack: &Pack, requested: &str, values: &Values) -> RunText {
        let pack_chain = fallback_chain(requested, &pack.scenario.locales);
        let pack_msgs = pack.catalog.bundles(&pack_chain);
        let args = values
            .0
            .keys()
            .filter_map(|k| values.text(k, &pack_msgs).map(|t| (k.clone(), t)))
            .collect();
        let ui = UiText::new(ui, requested);
        let rtl = ui.is_rtl();
        RunText {
            pack: pack_msgs,
            ui,
            args,
            values: values.clone(),
            rtl,
            problems: Default::default(),
        }
    }

    /// Turn Fluent's isolation marks off (tests compare plain strings).
    pub fn set_use_isolating(&mut self, on: bool) {
        self.pack.set_use_isolating(on);
        self.ui.set_use_isolating(on);
    }

    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// The form of address and regional numbers messages are formatted with.
    pub fn context(&self) -> &TextContext {
        self.ui.context()
    }

    /// Address the trainee in this form, in pack and UI messages alike;
    /// false (and no change) when the language does not offer it.
    pub fn set_address(&mut self, address: Address) -> bool {
        self.ui.set_address(address)
    }

    fn note(&self, problem: String) {
        if let Ok(mut p) = self.problems.lock() {
            p.push(problem);
        }
    }

    fn finish(&self, id: &str, f: Option<crate::locale::Formatted>) -> String {
        match f {
            Some(f) => {
                for e in f.errors {
                    self.note(format!("{id}: {e}"));
                }
                for_display(&f.text, self.rtl)
            }
            None => {
                self.note(format!(
                    "{id}: missing in every locale of the fallback chain"
                ));
                format!("[{id}]")
            }
        }
    }

    /// A pack message with the run's variables.
    pub fn pack(&self, id: &str) -> String {
        let mut fa = FluentArgs::new();
        self.ui.context.add_to(&mut fa);
        for (k, v) in &self.args {
            match self.values.0.get(k) {
                Some(crate::variables::Value::Number(n)) => {
                    fa.set(k.clone(), FluentValue::from(*n))
                }
                _ => fa.set(k.clone(), FluentValue::from(v.clone())),
            }
        }
        self.finish(id, self.pack.format(id, Some(&fa)))
    }

    /// A UI message with named arguments.
    pub fn ui(&self, id: &str, args: &[(&str, String)]) -> String {
        self.ui.try_get(id, args).unwrap_or_else(|| {
            self.note(format!(
                "{id}: missing in every UI locale of the fallback chain"
            ));
            format!("[{id}]")
        })
    }

    /// A UI message if it exists (for optional, region-specific messages).
    pub fn ui_opt(&self, id: &str) -> Option<String> {
        self.ui.try_get(id, &[])
    }

    /// A variable's text, marked for direction.
    pub fn var(&self, name: &str) -> String {
        let t = self
            .values
            .text(name, &self.pack)
            .unwrap_or_else(|| format!("[${name}]"));
        for_display(&t, self.rtl)
    }

    /// Problems met so far (missing messages, Fluent errors).
    pub fn problems(&self) -> Vec<String> {
        self.problems.lock().map(|p| p.clone()).unwrap_or_default()
    }
}
