fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::patch("{{baseUrl}}/v1/users/{{userId}}")
        .header("If-Match", "W/\"etag-1\"")
        .header("X-Request-Id", "{{requestId}}")
        .header("Content-Type", "application/json")
        .send("{\"name\": \"{{newName}}\", \"active\": true}")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
