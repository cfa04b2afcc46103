fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/jobs/42/run")
        .send_empty()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
