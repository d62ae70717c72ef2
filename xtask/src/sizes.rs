//! `cargo xtask sizes`: the house's limits on hand-written code, checked. No file in `src/`,
//! `codegen/`, `fake/src/`, `cli/src/` or `xtask/src/` over [`FILE_LIMIT`] lines and no
//! function over [`FN_LIMIT`], tests aside (`#[cfg(test)] mod …` blocks, `tests.rs` files and
//! `tests/` folders).

use std::path::{Path, PathBuf};

use syn::spanned::Spanned;
use syn::visit::Visit;

/// Lines a hand-written file may hold, its test modules not counted.
pub const FILE_LIMIT: usize = 800;
/// Lines a function may span, from `fn` to its closing brace.
pub const FN_LIMIT: usize = 100;

/// The folders whose `.rs` files are hand-written.
const HAND_WRITTEN: [&str; 5] = ["src", "codegen", "fake/src", "cli/src", "xtask/src"];

/// One file's measure: its lines (tests aside) and its longest functions.
#[derive(Debug)]
pub struct FileSize {
    pub path: PathBuf,
    pub lines: usize,
    /// Every function with its length, longest first.
    pub functions: Vec<(String, usize)>,
}

/// Measures every hand-written file under `root`, largest first.
pub fn measure(root: &Path) -> Result<Vec<FileSize>, String> {
    let mut files = Vec::new();
    for dir in HAND_WRITTEN {
        collect(&root.join(dir), &mut files)?;
    }
    let mut sizes = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("reading {}: {e}", path.display()))?;
        let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        sizes.push(measure_source(shown, &text)?);
    }
    sizes.sort_by_key(|size| std::cmp::Reverse(size.lines));
    Ok(sizes)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        // A crate's integration tests are tests, wherever they sit.
        if path.is_dir() && path.file_name().is_some_and(|n| n != "tests") {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs")
            // A test module of its own file (`#[cfg(test)] mod tests;`).
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Measures one file's text: its lines less those of its test modules, and its functions.
pub fn measure_source(path: PathBuf, text: &str) -> Result<FileSize, String> {
    let file = syn::parse_file(text).map_err(|e| format!("parsing {}: {e}", path.display()))?;
    let mut visitor = Measure::default();
    visitor.visit_file(&file);
    let lines = text.lines().count() - visitor.test_lines;
    visitor.functions.sort_by_key(|f| std::cmp::Reverse(f.1));
    Ok(FileSize {
        path,
        lines,
        functions: visitor.functions,
    })
}

#[derive(Default)]
struct Measure {
    test_lines: usize,
    functions: Vec<(String, usize)>,
}

fn span_lines(span: proc_macro2::Span) -> usize {
    span.end().line - span.start().line + 1
}

fn is_test_module(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg")
            && a.parse_args::<syn::Ident>()
                .is_ok_and(|ident| ident == "test")
    })
}

impl Measure {
    fn function(&mut self, name: &syn::Ident, sig: &syn::Signature, block: &syn::Block) {
        let lines = block.span().end().line - sig.span().start().line + 1;
        self.functions.push((name.to_string(), lines));
    }
}

impl<'ast> Visit<'ast> for Measure {
    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        if is_test_module(&module.attrs) {
            // The span covers the module's attributes too.
            self.test_lines += span_lines(module.span());
            return;
        }
        syn::visit::visit_item_mod(self, module);
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.function(&item.sig.ident, &item.sig, &item.block);
        syn::visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.function(&item.sig.ident, &item.sig, &item.block);
        syn::visit::visit_impl_item_fn(self, item);
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        if let Some(block) = &item.default {
            self.function(&item.sig.ident, &item.sig, block);
        }
        syn::visit::visit_trait_item_fn(self, item);
    }
}

/// What is over the limits, one line each; empty when all is within them.
pub fn over_limits(sizes: &[FileSize]) -> Vec<String> {
    let mut over = Vec::new();
    for file in sizes {
        if file.lines > FILE_LIMIT {
            over.push(format!(
                "{}: {} lines (the limit is {FILE_LIMIT})",
                file.path.display(),
                file.lines
            ));
        }
        for (name, lines) in &file.functions {
            if *lines > FN_LIMIT {
                over.push(format!(
                    "{}: fn {name} is {lines} lines (the limit is {FN_LIMIT})",
                    file.path.display()
                ));
            }
        }
    }
    over
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_functions_and_leaves_tests_out() {
        let body: String = (0..101)
            .map(|i| format!("    let _x{i} = {i};\n"))
            .collect();
        let text = format!(
            "fn short() {{}}\n\nfn long() {{\n{body}}}\n\n#[cfg(test)]\nmod tests {{\n    fn t() {{}}\n}}\n"
        );
        let size = measure_source("x.rs".into(), &text).unwrap();
        // 110 lines, the test module's four aside.
        assert_eq!(size.lines, 106);
        assert_eq!(size.functions[0], ("long".into(), 103));
        assert_eq!(size.functions[1], ("short".into(), 1));
        let over = over_limits(&[size]);
        assert_eq!(over, ["x.rs: fn long is 103 lines (the limit is 100)"]);
    }
}
