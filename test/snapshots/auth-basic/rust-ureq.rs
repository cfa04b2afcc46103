fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/me")
        .header("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
