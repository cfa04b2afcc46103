fn main() -> Result<(), Box<dyn std::error::Error>> {
    let request = ureq::http::Request::builder()
        .method("PURGE")
        .uri("{{baseUrl}}/cache/key")
        .body(())?;
    let response = ureq::run(request)?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
