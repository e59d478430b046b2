//! Files as text: sources and spans, the spanned YAML tree, and the embedded catalog schema
//! with its instance path -> span mapping. Everything later reads spans made here.

pub mod quote;
pub mod read;
pub mod schema;
pub mod source;
pub mod yaml;
