fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::get("{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/")
        .call()?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
