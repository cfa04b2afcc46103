fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::head("{{baseUrl}}/status")
        .header("X-Check", "yes")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
