const form = new URLSearchParams();
form.append("a b", "c&d=e");
form.append("plus", "1+2 3");
form.append("pct", "50%");
form.append("utf", "été ☃ 😀");
form.append("k", "first");
form.append("k", "second");
form.append("empty", "");
form.append("multi", "line1\nline2");
form.append("q", "\"'`$x #{y}");

const requestOptions = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  body: form
};

fetch("{{baseUrl}}/form", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
