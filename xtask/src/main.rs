#[path = "../../codegen/prepare.rs"]
mod prepare;
fn main() {}
