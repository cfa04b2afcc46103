const form = new URLSearchParams();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("valueOf", "f4");

const requestOptions = {
  method: "POST",
  headers: {
    ["__proto__"]: "h1",
    "constructor": "h2",
    "prototype": "h3",
    "toString": "h4",
    "Content-Type": "application/x-www-form-urlencoded"
  },
  body: form
};

fetch("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4", requestOptions)
  .then((response) => response.text())
  .then((result) => console.log(result))
  .catch((error) => console.error(error));
