package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {

	url := "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"
	method := "POST"

	payload := strings.NewReader("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4")

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("__proto__", "h1")
	req.Header.Add("constructor", "h2")
	req.Header.Add("prototype", "h3")
	req.Header.Add("toString", "h4")
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
