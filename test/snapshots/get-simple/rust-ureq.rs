fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/v1/users?limit=10&page=2")
        .header("Accept", "application/json")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
