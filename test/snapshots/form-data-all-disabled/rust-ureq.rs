fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/upload")
        .send("")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
