fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/notes")
        .header("Content-Type", "text/plain")
        .send("price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
