fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::options("{{baseUrl}}/cors")
        .header("Origin", "https://app.example.com")
        .header("Access-Control-Request-Method", "PUT")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
