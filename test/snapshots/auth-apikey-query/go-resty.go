package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()

	resp, err := req.Execute("GET", "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
