fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::put("{{baseUrl}}/settings")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Keep", "yes")
        .send("")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
