fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
        .header("X-API-Key", "{{api_key}}")
        .header("Cookie", "session={{session_id}}; api_key={{api_key}}")
        .header("X-Note", "\"; rm -rf ~; \"")
        .header("Authorization", "Bearer {{bearerAuth}}")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
