fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
