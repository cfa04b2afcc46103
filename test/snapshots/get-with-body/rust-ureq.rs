fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/search")
        .header("Content-Type", "application/json")
        .force_send_body()
        .send("{\"query\": {\"match_all\": {}}}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
