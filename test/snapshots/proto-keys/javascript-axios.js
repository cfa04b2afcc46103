const form = new URLSearchParams();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("valueOf", "f4");

const config = {
  method: "POST",
  url: "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4",
  headers: {
    "toString": "h4",
    "Content-Type": "application/x-www-form-urlencoded"
  },
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
