fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = ureq::post("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")
        .header("__proto__", "h1")
        .header("constructor", "h2")
        .header("prototype", "h3")
        .header("toString", "h4")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .send("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4")?;

    println!("{}", response.into_body().read_to_string()?);
    Ok(())
}
