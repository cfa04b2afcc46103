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

const config = {
  method: "POST",
  url: "{{baseUrl}}/form",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
