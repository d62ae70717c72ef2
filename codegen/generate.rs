//! The whole code generation, from the vendored spec's text to Rust source: the overlay and
//! the preparation steps (codegen/prepare.rs), then progenitor for the raw client and types,
//! and the surface (codegen/reader/ → codegen/model.rs → codegen/emit/) for the public
//! request builders, both from
//! the same prepared document. Used by build.rs, and by `cargo xtask show-generated` to show
//! exactly what the build compiles.
//!
//! A failure names the step that failed and why.

use std::collections::BTreeSet;

use progenitor::{GenerationSettings, Generator, InterfaceStyle, TagStyle};

use crate::{emit, prepare, reader};

/// The generated Rust sources.
pub struct Generated {
    /// progenitor's output: the types and the raw client (`src/generated.rs` includes it).
    pub raw: String,
    /// The surface emitter's output: the request builders (`src/operations.rs` includes it).
    pub surface: String,
    /// The open enums (`src/types.rs` includes them).
    pub enums: String,
}

/// Runs the pipeline on the spec and overlay texts.
pub fn generate(spec_text: &str, overlay_text: &str) -> Result<Generated, String> {
    let full = prepare::parse_yaml(spec_text).map_err(|e| e.to_string())?;
    let overlay = prepare::parse_overlay(overlay_text).map_err(|e| e.to_string())?;
    let prepared = prepare::prepare(full, &overlay).map_err(|e| e.to_string())?;
    let enums = unparse(
        emit::enums(&reader::open_enums(&prepared.spec)),
        "the surface emitter",
    )?;
    let openapi: openapiv3::OpenAPI = serde_json::from_value(prepared.spec)
        .map_err(|e| format!("the prepared spec is not valid OpenAPI 3.0: {e}"))?;
    let mut generator = Generator::new(&settings());
    let tokens = generator
        .generate_tokens(&openapi)
        .map_err(|e| format!("progenitor could not generate the client: {e}"))?;
    let raw = unparse(tokens, "progenitor")?;
    let types: BTreeSet<String> = generator
        .get_type_space()
        .iter_types()
        .map(|t| t.name())
        .collect();
    let model = reader::surface(&openapi, &types).map_err(|e| e.to_string())?;
    let surface = unparse(emit::surface(&model), "the surface emitter")?;
    Ok(Generated {
        raw,
        surface,
        enums,
    })
}

fn unparse(tokens: proc_macro2::TokenStream, by: &str) -> Result<String, String> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("{by} produced code that does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        // The public builders are the surface emitter's; progenitor's own methods are not
        // used, and the positional style spares the struct builders the builder style adds
        // to every type.
        .with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        // `src/hooks.rs` must implement `ClientHooks`: every request goes through them.
        .with_hooks(progenitor::HooksMode::Expected)
        .with_derive("PartialEq")
        // Credentials and headers travel with the generated client, for the hooks to apply.
        .with_inner_type(
            "crate::config::Config"
                .parse()
                .expect("a Rust path is a valid token stream"),
        )
        // Types named by `x-rust-type` (see prepare.rs) live in this crate.
        .with_crate(prepare::RUST_TYPE_CRATE, progenitor::CrateVers::Any, None);
    settings
}
