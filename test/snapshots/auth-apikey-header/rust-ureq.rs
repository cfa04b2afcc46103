fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/reports")
        .header("X-API-Key", "k3y$#{x}")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
