//! One function per thing a person does; handlers call exactly one.

pub mod alerts;
pub mod feedback;
pub mod lifecycle;
pub mod report;
pub mod staff;
pub mod surveys;
