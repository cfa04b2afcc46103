fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/empty")
        .header("X-Empty", "")
        .header("X-After", "set")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
